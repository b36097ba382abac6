/** The labels and date formats every UI component shows live with the shared client (dependency-free TypeScript). */
export * from '../../packages/card-client/format-values.ts';
