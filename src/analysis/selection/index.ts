/** Selections: parsed cut files, SQL/JS evaluation, cut flows. No Node-only API. */
export { parseSelection } from './parse-selection.js';
export type { Selection, Cut, Region } from './selection.js';
export type { Condition, CompareCondition, BetweenCondition, CompareOp } from './condition.js';
export { conditionColumns, COMPARE_OPS } from './condition.js';
export { conditionSql } from './condition-sql.js';
export { conditionMask } from './condition-mask.js';
export type { ColumnArrays } from './condition-mask.js';
export { parseLinearExpr, linearExprSql, COLUMN_NAME } from './linear-expr.js';
export type { LinearExpr, LinearTerm } from './linear-expr.js';
export { checkSelectionColumns } from './check-selection-columns.js';
export { cutFlowSql, efficiencySql, boxCondition, preselectionCondition } from './cut-flow-sql.js';
export { buildCutFlow } from './cut-flow.js';
export type { CutFlow, CutFlowRow, RegionCount, StageSums } from './cut-flow.js';
export { formatCutFlow } from './format-cut-flow.js';
