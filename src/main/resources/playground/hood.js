// The "Under the hood" panel: each request to the app, each Web API call it made, each Pipeliner request.
const SOURCES = {
  to_app: 'Slack → app',
  web_api: 'app → Slack API',
  pipeliner: 'app → Pipeliner',
  rule: 'Slack refused',
};
const KEPT = 300;

export function createHood(list) {
  function add(entry) {
    const li = document.createElement('li');
    li.className = 'hood-entry src-' + entry.source + (isBad(entry) ? ' bad' : '');
    const parts = [
      ['at', entry.at], ['source', SOURCES[entry.source] || entry.source], ['what', entry.what],
      ['status', entry.status], ['ms', entry.ms === undefined ? '' : entry.ms + ' ms'],
    ];
    for (const [name, text] of parts) {
      const span = document.createElement('span');
      span.className = name;
      span.textContent = text;
      li.append(span);
    }
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    list.append(li);
    while (list.children.length > KEPT) list.firstElementChild.remove();
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function reset(entries) {
    list.replaceChildren();
    entries.forEach(add);
  }

  return { add, reset };
}

function isBad(entry) {
  if (entry.source === 'rule') return true;
  if (entry.source === 'web_api') return entry.status !== 'ok';
  const code = Number(entry.status);
  return !(code >= 200 && code < 400);
}
