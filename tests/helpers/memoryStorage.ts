/** A Web Storage area held in memory (the Storage interface, as localStorage implements it). */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  quotaLeft = Number.POSITIVE_INFINITY;
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quotaLeft) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}
