/** Column types, formats and roles, and the cell parsers every later analysis reads values with. */
export * from './types.ts';
export { inferSchema, type InferSchemaOptions } from './inferSchema.ts';
export { inferColumnType, type TypeGuess } from './inferType.ts';
export { proposeRoles, type RoleInput } from './columnRoles.ts';
export { applyRoleMapping, SINGLE_ROLES } from './roleMapping.ts';
export { isMissingCell, PANDAS_NA_TOKENS } from './missing.ts';
export { parseNumberCell } from './parseNumber.ts';
export { parseDatetimeCell } from './parseDatetime.ts';
export { parseTagsCell, hashtagsIn, parseListLiteral } from './parseTags.ts';
export { numericColumn, datetimeColumn, tagsColumn, columnWithRole } from './columnAccess.ts';
export { nameTokens, isIdLikeName } from './columnNames.ts';
export { requireTextColumn } from './textColumn.ts';
