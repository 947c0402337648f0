export * from './rules';
export * from './status';
