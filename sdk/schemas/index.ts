export * from './common.ts';
export * from './categories.ts';
export * from './users.ts';
export * from './auth.ts';
export * from './organisations.ts';
export * from './groups.ts';
export * from './tasks.ts';
export * from './reports.ts';
