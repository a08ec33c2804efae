/** The importer: bytes from a File or a path in, a ParsedTable of trimmed strings out. */
export * from './types.ts';
export { importCsv } from './importCsv.ts';
export { fileByteSource } from './blobSource.ts';
export { memoryByteSource } from './memorySource.ts';
export { detectDialect, type Dialect } from './detectDialect.ts';
export { detectEncoding } from './detectEncoding.ts';
export { formatBytes } from './formatBytes.ts';
export { tableFromRows } from './tableFromRows.ts';
export {
  checkMemoryBudget,
  maxInputBytes,
  MEMORY_PER_INPUT_BYTE,
  type MemoryJob,
} from './memoryBudget.ts';
