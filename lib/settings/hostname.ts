/**
 * Sites are keyed by hostname, normalised so that one site is one entry: lower case, no trailing
 * dot, and no leading `www.` — a person thinks of www.example.com and example.com as the same site.
 * Subdomains other than `www` stay separate (blog.example.com may be a different site). Accepts a
 * bare hostname or a whole web address (what people paste); returns null for anything else, and for
 * addresses such as chrome://extensions or about:blank, which are browser pages, not sites.
 */
export function normalizeHostname(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/.test(text) && !/^https?:\/\//.test(text) && !/^[^/]+:\d+(?:\/|$)/.test(text)) return null;
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(host) && host.length <= 253 ? host : null;
}

/** The site of a web page's address (http or https), as settings key it; null for any other address. */
export function siteOfAddress(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeHostname(url.hostname) : null;
}
