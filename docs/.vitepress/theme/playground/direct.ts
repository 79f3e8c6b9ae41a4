// Main-thread fallback when no Web Worker can start.
import { handle as run, type Request, type Response } from './engine';

export async function handle(req: Request): Promise<Response> {
  try {
    return run(req);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { id: req.id, type: 'error', code: e.code ?? 'internal', message: e.message ?? String(error) };
  }
}
