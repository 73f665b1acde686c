/** Phone numbers as people read them, and as links a phone can dial or text. */

/** The digits to dial for a number written for people, such as "(555) 010-0100". */
export const dialDigits = (number: string): string => number.replace(/[^\d+]/g, '');

export const telHref = (number: string): string => `tel:${dialDigits(number)}`;

export const smsHref = (number: string): string => `sms:${dialDigits(number)}`;
