// Pure order rules shared by the main process and the screen.
export * from './status';
export * from './quantity';
export * from './search';
export * from './claims';
export * from './cancel';
