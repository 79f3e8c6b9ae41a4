// The TigangError a call throws (a test fails when it throws something else, or nothing).
import { isTigangError, type TigangError } from '../../src/index.js';

export const catchError = (fn: () => unknown): TigangError => {
  try {
    fn();
  } catch (error) {
    if (isTigangError(error)) return error;
    throw error;
  }
  throw new Error('expected a TigangError, nothing was thrown');
};
