// Pure return / exchange rules shared by the main process, the CLI and the screen.
export * from './labels';
export * from './reasons';
export * from './rules';
