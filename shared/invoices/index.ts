// Bulk invoice upload rules (송장 일괄등록): reading text files, mapping columns, validating rows,
// planning what goes to Coupang. Pure — the main process reads Excel files and talks to Coupang.
export * from './encoding';
export * from './csv';
export * from './columns';
export * from './problems';
export * from './digit-index';
export * from './validate';
export * from './plan';
export * from './table';
