/** Beyond this many keys, a batch is sent and the next keys start another (bounded query size). */
const MAX_KEYS = 256;

/**
 * Coalesces the loads asked for during one turn of the event loop into one call (DataLoader's
 * batching). The batch is sent by `setImmediate`, after the poll phase that read the requests:
 * every request parsed in that phase joins it, and none waits for a later one. Each key's load
 * still starts after its request arrived, so it sees every commit that preceded the request
 * (issue #11 item 3: under load, one session query serves several requests instead of one each).
 * Every caller gets the whole batch's answer and picks its own key in it.
 */
export function tickBatcher<K, R>(loadAll: (keys: readonly K[]) => Promise<R>, maxKeys = MAX_KEYS): (key: K) => Promise<R> {
  let pending: { keys: Set<K>; answer: Promise<R> } | null = null;
  const open = () => {
    const keys = new Set<K>();
    const batch = {
      keys,
      answer: new Promise<R>((resolve, reject) => {
        setImmediate(() => {
          if (pending === batch) pending = null;
          loadAll([...keys]).then(resolve, reject);
        });
      }),
    };
    return batch;
  };
  return (key) => {
    if (!pending || (pending.keys.size >= maxKeys && !pending.keys.has(key))) pending = open();
    pending.keys.add(key);
    return pending.answer;
  };
}
