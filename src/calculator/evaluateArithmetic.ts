import type { Amount, Calculation, Step } from './calculation.js';

/** An operator between two numbers of the user's arithmetic. */
export type ArithmeticOperator = '+' | '-' | '*' | '/';

const STEP_OF = { '*': 'multiply', '/': 'divide', '+': 'sum', '-': 'subtract' } as const;

/**
 * Works out the user's own arithmetic ("50k + 22k + 4 × 30k", "21k ÷ 3.5") as written, multiplying and
 * dividing before adding and subtracting, each step shown.
 *
 * @param operands - the numbers in the order written, with their units
 * @param operators - one fewer than the operands: `operators[i]` stands between operand i and i + 1
 * @throws RangeError when the operators do not fit the operands, or a division is by zero
 */
export function evaluateArithmetic(
  operands: readonly Amount[],
  operators: readonly ArithmeticOperator[],
): Calculation {
  const [first] = operands;
  if (first === undefined || operators.length !== operands.length - 1)
    throw new RangeError('arithmetic needs one operator between each two numbers');
  const steps: Step[] = [];
  // Products and quotients first, left to right: each becomes one term of the sum.
  const terms: Amount[] = [first];
  const signs: ('+' | '-')[] = ['+'];
  operators.forEach((op, i) => {
    const next = operands[i + 1] as Amount;
    if (op === '+' || op === '-') {
      terms.push(next);
      signs.push(op);
      return;
    }
    const left = terms.pop() as Amount;
    if (op === '/' && next.value === 0) throw new RangeError('division by zero');
    const result: Amount = {
      value: op === '*' ? left.value * next.value : left.value / next.value,
      unit: productUnit(left, next),
    };
    steps.push({ op: STEP_OF[op], operands: [left, next], result });
    terms.push(result);
  });
  const [head, ...rest] = terms as [Amount, ...Amount[]];
  if (rest.length > 0 && signs.every((s) => s === '+')) {
    const result: Amount = { value: terms.reduce((sum, t) => sum + t.value, 0), unit: head.unit };
    steps.push({ op: 'sum', operands: terms, result });
  } else {
    let total = head;
    rest.forEach((term, i) => {
      const op = signs[i + 1] === '-' ? 'subtract' : 'sum';
      const result: Amount = {
        value: op === 'sum' ? total.value + term.value : total.value - term.value,
        unit: total.unit,
      };
      steps.push({ op, operands: [total, term], result });
      total = result;
    });
  }
  const last = steps.at(-1)?.result ?? head;
  return { kind: 'arithmetic', result: last, steps };
}

/** A count times a factor is still a count; money times anything is money. */
function productUnit(a: Amount, b: Amount): Amount['unit'] {
  if (a.unit === 'usd' || b.unit === 'usd' || a.unit === 'usd-per-gpu' || b.unit === 'usd-per-gpu')
    return 'usd';
  return a.unit === 'times' ? b.unit : a.unit;
}
