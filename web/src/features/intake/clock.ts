/**
 * How long is left until a legal deadline (the 24-hour assessment, the receipt within six working
 * days), in words: "23 t 10 min tilbage", "2 dage tilbage", or how long it has been overdue.
 */
export function timeLeft(due: string | undefined, now: number = Date.now()): { words: string; overdue: boolean } {
  if (!due) {
    return { words: '–', overdue: false };
  }
  const millis = Date.parse(due) - now;
  const overdue = millis < 0;
  const minutes = Math.floor(Math.abs(millis) / 60_000);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const span = days >= 2 ? `${days} dage` : days === 1 ? `1 dag ${hours} t` : hours > 0 ? `${hours} t ${rest} min` : `${rest} min`;
  return { words: overdue ? `overskredet med ${span}` : `${span} tilbage`, overdue };
}
