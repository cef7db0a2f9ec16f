/**
 * Builds the add-in into dist/: ONE page (taskpane.html) hosts both bundles — the task pane
 * (taskpane.js) and the custom functions (functions.js) — because the add-in runs in a shared runtime
 * (manifest.xml). app.html is the same steps for a plain browser without Excel (app.js, `npm run app`).
 * Also written: functions.json (Excel's metadata, from the JSDoc of the files in
 * FUNCTION_SOURCE_FILES), manifest.xml (every URL rewritten to ADDIN_BASE_URL), icons, support page.
 *
 *   npm run build                                            production, manifest for https://localhost:3000/
 *   ADDIN_BASE_URL=https://sonae.example.jp/addin/ npm run build   production, manifest for that host
 *   npm start                                                dev server on https://localhost:3000
 *
 * Optional: ADDIN_ID=<guid> gives the built manifest another <Id> (an organisation's own deployment).
 * See docs/deploy.md. The build needs no network.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, renderManifest } = require("./scripts/manifest");
const { functionSourceFiles } = require("./scripts/functionSources");
const { version } = require("./package.json");

const ROOT = __dirname;
const DEV_PORT = 3000;

/** Writes dist/manifest.xml from the template, for the base URL of this build. */
class ManifestPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const template = path.join(ROOT, "manifest.xml");
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const xml = renderManifest(fs.readFileSync(template, "utf8"), this.options);
            compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(xml));
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(`manifest.xml: ${e.message}`));
          }
        },
      );
    });
  }
}

/**
 * HTTPS for the dev server: the certificates of office-addin-dev-certs when they are installed
 * (`npx office-addin-dev-certs install`, trusted by Office), else DEV_CERT/DEV_KEY files, else
 * webpack-dev-server's own self-signed certificate (fine for a browser, not trusted by Office).
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = process.env.DEV_CERT || path.join(dir, "localhost.crt");
  const key = process.env.DEV_KEY || path.join(dir, "localhost.key");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    const ca = path.join(dir, "ca.crt");
    if (!process.env.DEV_CERT && fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
    return { type: "https", options };
  }
  return "https";
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  const functionFiles = functionSourceFiles(ROOT);

  return {
    context: ROOT,
    mode: production ? "production" : "development",
    // Not an eval-based source map: the page's Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/entry.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The same steps in a plain browser, without Excel (app.html): no office.js, no custom functions.
      app: "./src/app/index.tsx",
    },
    output: {
      path: path.join(ROOT, "dist"),
      // Stable names: the manifest names functions.js; the page adds a content hash as a query.
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type-checking is `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Both bundles on the one page of the shared runtime; functions first so that Excel gets its
        // registrations as early as possible.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        hash: true,
        inject: "head",
      }),
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/app/app.html",
        chunks: ["app"],
        scriptLoading: "defer",
        hash: true,
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
        ],
      }),
      new ManifestPlugin({ baseUrl, version, id: process.env.ADDIN_ID }),
      ...(production && !process.env.ADDIN_BASE_URL
        ? [
            {
              apply(compiler) {
                compiler.hooks.thisCompilation.tap("BaseUrlWarning", (compilation) => {
                  compilation.warnings.push(
                    new webpack.WebpackError(
                      `ADDIN_BASE_URL is not set: dist/manifest.xml points to ${DEV_BASE_URL}. ` +
                        "For a deployment run e.g. ADDIN_BASE_URL=https://sonae.example.jp/addin/ npm run build",
                    ),
                  );
                });
              },
            },
          ]
        : []),
    ],
    performance: {
      // The task pane bundle's size is measured by `npm run bench`, against its own target.
      hints: false,
    },
    devServer: {
      port: DEV_PORT,
      server: devServerHttps(),
      // Excel fetches functions.json and the page from another origin than its own.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
