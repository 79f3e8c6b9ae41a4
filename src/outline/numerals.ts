/** Value of a marker's numeral (一百二十三, 十一, 12): the one numeral reader, src/zh/numerals.ts. */
export { numeralValue } from '../zh/numerals.js';
