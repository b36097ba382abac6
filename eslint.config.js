import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (issue 11). Each kind of import that a folder must not make is one pattern group; each block
 * below lists every group its files must not import, because in a flat config a later block's
 * no-restricted-imports replaces an earlier one's for the same file. The blocks' file sets do not overlap (a
 * narrower folder is ignored by the wider block), so their order does not matter.
 * tests/project/eslint-boundaries.test.ts proves that each group fires where it should and stays quiet where the
 * import is allowed.
 */
const forbidden = {
  nodeBuiltins: {
    group: ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'os'],
    message: 'shared/ is pure: no Node built-ins.',
  },
  hubspotSdk: {
    group: ['@hubspot/api-client', '@hubspot/api-client/**'],
    message: 'The HubSpot SDK is used only by the adapter in server/src/hubspot/.',
  },
  express: {
    group: ['express', 'express/**'],
    message: 'Express is used only by the HTTP edge in server/src/http/.',
  },
  engineInternals: {
    regex: '^(@liftoff/shared/engine|(.*/)?shared/src/engine)/(?!index(\\.ts)?$)',
    message: "Import the engine through its entry point '@liftoff/shared/engine/index', not its internals.",
  },
  server: {
    regex: '^(@liftoff/server(/.*)?|(\\.\\./)+server(/.*)?)$',
    message: 'shared/ never imports the server.',
  },
  benchmarks: {
    group: ['**/bench/**'],
    message: 'Tests never import benchmarks; what both need lives in testing/.',
  },
  testsAndBenchmarks: {
    group: ['**/tests/**', '**/bench/**'],
    message: 'testing/ is shared by tests and benchmarks, so it imports neither.',
  },
  storeImplementation: {
    group: ['**/store/**'],
    message:
      'The sandbox fills the store only through the service (use cases, ports, the worker); the store itself is wired by cli/demo.ts.',
  },
  testCode: {
    group: ['**/tests/**', '**/testing/**', '**/bench/**'],
    message: 'Production code never imports tests, the simulated HubSpot (testing/) or benchmarks.',
  },
};

const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((name) => forbidden[name]) }],
});

/** Read the time from the injected clock (every file); the block that adds a selector for a folder repeats it. */
const noArgumentlessDate = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'Read the time from the injected clock, never from `new Date()`.',
};

/**
 * The sandbox never touches the store (`store.inbox.append(...)`, `deps.store.onboardings.save(...)`): that is how a
 * direct writer such as a `seed-sandbox-store` filled it with states no service code produces. It hands the use
 * cases their deps, which cli/demo.ts wires.
 */
const noStoreAccess = [
  "MemberExpression[object.type='Identifier'][object.name='store']",
  "MemberExpression[property.type='Identifier'][property.name='store']",
].map((selector) => ({
  selector,
  message: 'The sandbox never touches the store: every state comes from a use case, the webhook intake or the worker.',
}));

const boundaries = [
  {
    files: ['server/src/**'],
    ignores: ['server/src/hubspot/**', 'server/src/http/**', 'server/src/sandbox/**'],
    rules: forbid('hubspotSdk', 'express', 'engineInternals', 'testCode'),
  },
  {
    files: ['server/src/sandbox/**'],
    rules: {
      ...forbid('hubspotSdk', 'express', 'engineInternals', 'testCode', 'storeImplementation'),
      'no-restricted-syntax': ['error', noArgumentlessDate, ...noStoreAccess],
    },
  },
  { files: ['server/src/hubspot/**'], rules: forbid('express', 'engineInternals', 'testCode') },
  { files: ['server/src/http/**'], rules: forbid('hubspotSdk', 'engineInternals', 'testCode') },
  {
    files: ['shared/src/**'],
    rules: forbid('nodeBuiltins', 'hubspotSdk', 'express', 'server', 'testCode'),
  },
  { files: ['shared/**'], ignores: ['shared/src/**'], rules: forbid('hubspotSdk', 'server') },
  { files: ['hubspot-project/src/**'], rules: forbid('engineInternals', 'testCode') },
  { files: ['tests/server/**'], rules: forbid('engineInternals', 'benchmarks') },
  { files: ['tests/**'], ignores: ['tests/server/**'], rules: forbid('benchmarks') },
  { files: ['testing/**'], rules: forbid('engineInternals', 'testsAndBenchmarks') },
  {
    files: ['server/**', 'bench/**', 'hubspot-project/**'],
    ignores: ['server/src/**', 'hubspot-project/src/**'],
    rules: forbid('engineInternals'),
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noArgumentlessDate],
    },
  },
  {
    files: ['shared/src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine receives `now`; it never reads the clock.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
    },
  },
  ...boundaries,
);
