/** "1 record", "3 records": a count with its noun in the number it needs. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
