import type { RequestHandler, Response } from 'express';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this a compressed body saves too little to pay for the work. */
const MIN_BYTES = 1024;
const TEXT = /^(text\/|application\/(json|javascript|xml|problem\+json)|image\/svg\+xml)/;

/**
 * Brotli or gzip for every text answer sent whole with `res.send` / `res.json` (the API's JSON,
 * the app's and the embedding page's HTML). Files under `/widgets/` are compressed at build time
 * and served as they are (`server/routes/widgets.ts`). Streamed answers are left alone.
 *
 * Brotli at quality 4 costs about what gzip at level 6 does and is smaller; the body is compressed
 * before Express computes the ETag, so each encoding has its own and a 304 still works.
 */
export function compression(): RequestHandler {
  return (req, res, next) => {
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const send = res.send.bind(res) as Response['send'];
    res.send = function compressed(body?: unknown) {
      if (typeof body !== 'string' && !Buffer.isBuffer(body)) return send(body);
      res.vary('Accept-Encoding');
      const type = String(
        res.getHeader('content-type') ?? (typeof body === 'string' ? 'text/html' : ''),
      );
      const plain = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      if (
        !encoding ||
        plain.length < MIN_BYTES ||
        !TEXT.test(type) ||
        res.getHeader('content-encoding') ||
        req.method === 'HEAD'
      )
        return send(body);
      const packed =
        encoding === 'br'
          ? brotliCompressSync(plain, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 4,
                [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
              },
            })
          : gzipSync(plain, { level: 6 });
      res.set('Content-Encoding', encoding);
      // A string answer's type gets its charset here, as `res.send` would have added it.
      if (typeof body === 'string' && !/charset=/i.test(type))
        res.set('Content-Type', `${type}; charset=utf-8`);
      return send(packed);
    } as Response['send'];
    next();
  };
}
