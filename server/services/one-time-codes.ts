/**
 * Tries on one-time codes (sign-in codes, visitors' confirmation codes, emailed links), counted
 * so that no interleaving of requests gets more tries than the limit: a try is first claimed by
 * one conditional UPDATE — the count goes up only while it is under the limit and the code is
 * unused and unexpired — and only a claimed try gets its code compared. Reading the count and
 * writing it apart would let a burst of parallel guesses all pass the read.
 */
import { Op, literal, type ModelStatic, type Model, type WhereOptions } from 'sequelize';
import { HttpError } from '../errors.ts';

/**
 * Claims one try of the code in row `id`: adds one to `column` when it is below `max` and
 * `where` (unused, unexpired) still holds. Answers the tries used including this one, or null
 * when no try is left (or the code is used or expired).
 */
export async function claimTry<M extends Model>(
  model: ModelStatic<M>,
  id: number,
  column: string,
  max: number,
  where: WhereOptions,
): Promise<number | null> {
  const counter = model.getAttributes()[column as keyof typeof model.getAttributes]?.field;
  if (!counter) throw new Error(`no column ${column}`);
  const [claimed] = await model.update({ [column]: literal(`${counter} + 1`) } as never, {
    where: { ...where, id, [column]: { [Op.lt]: max } } as WhereOptions,
  });
  if (claimed === 0) return null;
  const row = await model.findByPk(id, { attributes: [column] });
  // Only for the answer's `attemptsLeft`: the claim above is what holds the limit.
  return Math.min(max, Number(row?.get(column) ?? max));
}

/** 429 `too_many_attempts`, with Retry-After: when the locked code runs out and a new one helps. */
export function tooManyAttempts(message: string, expiresAt: Date): HttpError {
  const retryAfter = Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 1000));
  return new HttpError(
    429,
    'too_many_attempts',
    message,
    { retryAfter },
    {
      'Retry-After': String(retryAfter),
    },
  );
}
