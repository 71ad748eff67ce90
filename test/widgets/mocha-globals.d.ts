// web-test-runner runs these files with Mocha's globals; only what the tests use is declared.
declare function describe(title: string, body: (this: { timeout(ms: number): void }) => void): void;
declare function it(
  title: string,
  body: (this: { timeout(ms: number): void }) => void | Promise<void>,
): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;
declare function before(body: (this: { timeout(ms: number): void }) => void | Promise<void>): void;
