// What the browser bundles share (scripts/build-widgets.mjs, scripts/size.mjs): `sdk/endpoints.ts`
// is replaced by a module generated from it (sdk/contract-for-browsers.ts), so that the browser
// gets the contract's response shapes and a small checker instead of zod and every schema.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const endpointsFile = path.join(root, 'sdk/endpoints.ts');

let generated;
/** The generated module's text (once per process). */
export async function browserEndpoints() {
  if (!generated) {
    const { endpoints } = await tsImport(endpointsFile, import.meta.url);
    const { browserEndpointsModule } = await tsImport(
      path.join(root, 'sdk/contract-for-browsers.ts'),
      import.meta.url,
    );
    generated = browserEndpointsModule(endpoints);
  }
  return generated;
}

/** The esbuild plugin. */
export const browserContract = {
  name: 'tehostamo-browser-contract',
  setup(build) {
    build.onLoad({ filter: /[\\/]sdk[\\/]endpoints\.ts$/ }, async (args) => {
      if (path.resolve(args.path) !== endpointsFile) return undefined;
      return {
        contents: await browserEndpoints(),
        loader: 'js',
        resolveDir: path.dirname(endpointsFile),
      };
    });
  },
};
