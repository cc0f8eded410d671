/** fast-check generators for hostile text: RTL marks, emoji, combining characters, NUL, lone surrogates. */
import fc from 'fast-check';

const NASTY = ['\u0000', '\u202e', '\u200f', '\u200b', '\ufeff', '\ud800', '\udfff', '🙈', 'e\u0301', '\r\n', '\t', '…', '“', '<', '>', '&', '"', "'", '\\'];

export const nastyChar = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz .,;:-()0123456789'.split('')),
);

/** Names every JavaScript object inherits: as words they must not reach a lookup table's prototype. */
const PROTO_WORDS = ['constructor ', '__proto__ ', 'toString ', 'hasOwnProperty ', 'valueOf ', 'prototype '];

/** Mostly words with nasty characters sprinkled in, so text still looks like text sometimes. */
export const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(nastyChar, fc.constantFrom('we ', 'do not ', 'sell ', 'verkopen ', 'cookies ', '2 years ', 'remote ', 'niet ', 'nunca ', '• ', '\n', '# ', ...PROTO_WORDS)), { maxLength: 120 }).map((a) => a.join('')),
);

export const POLICY_WORDS = 'we do not sell share your personal data with third parties cookies google analytics keep for 2 years as long as necessary remote access teamviewer'.split(' ');
