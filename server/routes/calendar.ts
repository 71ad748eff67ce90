import { Router } from 'express';
import type { Deps } from '../context.ts';
import { calendarFor } from '../services/calendar.ts';

/**
 * `/calendar/<token>.ics`: a person's private calendar feed, for calendar programs that cannot
 * sign in. Unknown or revoked tokens are 404.
 */
export function calendarRoutes(deps: Deps): Router {
  const router = Router();
  router.get('/calendar/:file', async (req, res) => {
    const token = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    const body = token ? await calendarFor(deps.config, token, deps.clock.now()) : null;
    res.set('Cache-Control', 'private, no-cache');
    res.set('Referrer-Policy', 'no-referrer');
    if (body === null) {
      res.status(404).type('text/plain').send('No such calendar.');
      return;
    }
    res.type('text/calendar; charset=utf-8').send(body);
  });
  return router;
}
