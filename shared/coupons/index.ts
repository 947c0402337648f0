// Pure coupon rules shared by the coupons screen, the service and the CLI.
export * from './rules';
export * from './dates';
export * from './ids';
export * from './validate';
export * from './summary';
