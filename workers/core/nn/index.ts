export * from './types.ts';
export * from './predict.ts';
export * from './train.ts';
