// custom-elements.json from the widgets' class JSDoc (@summary, @event, @slot, @csspart,
// @cssproperty) and their Lit properties. Storybook reads it for its API tables.
export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/i18n/**', 'widgets/demo/**', 'widgets/styles/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
