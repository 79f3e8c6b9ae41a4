// The playground's Web Worker: parses and renders off the main thread.
import { handle, type Request, type Response } from './engine';

self.onmessage = (event: MessageEvent<Request>) => {
  const req = event.data;
  let res: Response;
  try {
    res = handle(req);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    res = { id: req.id, type: 'error', code: e.code ?? 'internal', message: e.message ?? String(error) };
  }
  (self as unknown as Worker).postMessage(res);
};
