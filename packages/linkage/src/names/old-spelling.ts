/**
 * Old Indonesian spelling (Van Ophuijsen 1901–47, Soewandi 1947–72) brought to EYD, as names
 * registered before 1972 still carry it: SOEHARTO → SUHARTO, DJOKO → JOKO, TJIPTO → CIPTO,
 * SJAHRIR → SYAHRIR, NJOMAN → NYOMAN. The old J was today's Y, but a modern J is common too, so
 * J → Y (and a medial NJ → NY: modern ANJAR has it) is applied only inside a word that shows
 * another old-spelling mark (OE, DJ, TJ, SJ): SOEJONO → SUYONO, DJOJO → JOYO, but JOKO stays.
 * CH → KH is left to the phonetic key: modern CHANDRA and old ACHMAD both have it.
 */

const oldSpellingMark = /OE|DJ|TJ|SJ/;

function respellOnce(token: string): string {
  const marked = oldSpellingMark.test(token);
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    const next = token[i + 1];
    if (c === 'D' && next === 'J') {
      out += 'J';
      i++;
    } else if (c === 'T' && next === 'J') {
      out += 'C';
      i++;
    } else if (c === 'O' && next === 'E') {
      out += 'U';
      i++;
    } else if (c === 'S' && next === 'J') {
      out += 'SY';
      i++;
    } else if (c === 'N' && next === 'J' && (marked || i === 0)) {
      out += 'NY';
      i++;
    } else if (c === 'J' && marked) {
      out += 'Y';
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * One upper-case word in new spelling. Repeated until nothing changes, so the result is stable
 * (DDJJ → DJY → JY): every pass shortens the word or removes a J, so it ends.
 */
export function respellOldSpelling(token: string): string {
  let current = token;
  for (;;) {
    const next = respellOnce(current);
    if (next === current) return current;
    current = next;
  }
}
