// Third-party browser files the demo's framework pages load with plain <script>/<link> tags,
// as such pages do (Vue 2 + Element UI, jQuery + layui): served from node_modules under
// /vendor/ — no CDN, so the demo works offline. Only the folders listed here, only files
// inside them (no `..`), only these file types. `vite build` copies the same files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** URL prefix → folder in node_modules (package name as installed). */
export const VENDOR_DIRS = {
  '/vendor/vue2/': 'vue2/dist',
  '/vendor/element-ui/': 'element-ui/lib',
  '/vendor/jquery/': 'jquery/dist',
  '/vendor/layui/': 'layui/dist',
};

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The absolute path behind a URL path under one of VENDOR_DIRS (not checked to exist), or null. */
function vendorPath(root, urlPath) {
  for (const [prefix, dir] of Object.entries(VENDOR_DIRS)) {
    if (!urlPath.startsWith(prefix)) continue;
    const base = resolve(root, 'node_modules', dir);
    const path = normalize(join(base, decodeURIComponent(urlPath.slice(prefix.length))));
    return path === base || path.startsWith(base + sep) ? path : null;
  }
  return null;
}

/** The file behind a URL path, or null when it is not one of ours. */
export function vendorFile(root, urlPath) {
  const file = vendorPath(root, urlPath);
  if (!file || !(extname(file) in TYPES)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (extname(entry.name) in TYPES) yield path;
  }
}

/**
 * The vite plugin: a middleware in `vite` (dev); in `vite build` the files the pages name
 * are emitted as assets (`files`: URL paths; one ending in `/` is a folder, taken whole).
 * @param {string} root the repository root
 * @param {readonly string[]} files
 */
export function vendorFiles(root, files) {
  return {
    name: 'credit-widgets-demo:vendor-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/, 1)[0];
        if (!path.startsWith('/vendor/')) return next();
        const file = vendorFile(root, path);
        if (!file) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', TYPES[extname(file)]);
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const wanted of files) {
        const emit = (url, file) => this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(file) });
        if (!wanted.endsWith('/')) {
          const file = vendorFile(root, wanted);
          if (!file) throw new Error(`demo vendor file not found: ${wanted}`);
          emit(wanted, file);
          continue;
        }
        const dir = vendorPath(root, wanted);
        if (!dir) throw new Error(`demo vendor folder not found: ${wanted}`);
        for (const file of walk(dir)) emit(wanted + file.slice(dir.length + 1).split(sep).join('/'), file);
      }
    },
  };
}
