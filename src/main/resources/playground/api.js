// The page's requests to the stand-in, which turns them into what Slack would send the app.
export async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  try {
    return await response.json();
  } catch {
    return { ok: false, error: 'http_' + response.status };
  }
}
