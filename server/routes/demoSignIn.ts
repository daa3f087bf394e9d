import { Router, type Request } from 'express';
import type { DemoSignIn } from '../seed/demoSignIn.js';

/** The machine itself: with trust proxy 'loopback', a client behind a local reverse proxy is not one. */
const fromThisMachine = (req: Request) => /^(::ffff:)?127\.|^::1$/.test(req.ip ?? '');

/**
 * GET /api/auth/demo: what the sign-in page's "Try a role" panel offers. Only the embedded
 * database's demo is offered (its accounts exist on this machine alone), and its password only to
 * a browser on this machine: another one on the network gets the user names, not the way in.
 */
export function demoSignInRouter(demo: DemoSignIn | undefined): Router {
  const router = Router();
  router.get('/demo', (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!demo?.fillablePassword) return void res.json({ enabled: false });
    res.json({
      enabled: true,
      accounts: demo.accounts.map(({ username, role, label }) => ({ username, role, label })),
      password: fromThisMachine(req) ? demo.fillablePassword : null,
    });
  });
  return router;
}
