export * from './windows';
export * from './rules';
export * from './chart';
