vcl 4.1;

# The cache tier in front of the web replicas (DESIGN.md, "Scale-out").
# Two files are written for each deployment next to this one (deploy/varnish/README.md):
#   backends.vcl  the web replicas, their health probe and the `web` round-robin director
#   purge.vcl     `acl purgers` (who may purge) and `sub purge_secret_ok` (the shared secret)

import directors;
import std;
import xkey;

include "backends.vcl";
include "purge.vcl";

sub vcl_recv {
  set req.backend_hint = web.backend();

  # The container's own health check: Varnish answers, whatever the replicas do.
  if (req.url == "/.cache-tier-health") {
    return (synth(200, "OK"));
  }

  # Purge by tag: `PURGE /` with `xkey-purge: <tags separated by spaces>`, from an allowed
  # address with the shared secret. Anything else is refused and changes nothing.
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address."));
    }
    call purge_secret_ok;
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the tags to purge in the xkey-purge header."));
    }
    # Soft: the old copy stays as a stale one, served only while every web replica is down.
    set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects."));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }

  # A stale copy (past its s-maxage, or purged by a publish) is served only when no web replica
  # can answer: the probe marked them all sick, or the fetch just failed (then vcl_deliver restarts
  # the request once to look for one). Otherwise the visitor waits for the fresh page.
  if (req.restarts == 0) {
    unset req.http.x-stale-if-error;
  }
  # (req.grace survives a restart: it is set either way.)
  if (std.healthy(req.backend_hint) && !req.http.x-stale-if-error) {
    set req.grace = 0s;
  } else {
    set req.grace = 24h;
  }

  # Staff and drafts are never cached: the preview cookie (Next's draft mode) and a CMS session.
  if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|payload-token)=") {
    return (pass);
  }
  # Search results depend on the query and are not worth keeping; API routes answer per request.
  if (req.url ~ "^/[a-z]{2}/search([/?]|$)" || req.url ~ "^/api/") {
    return (pass);
  }
  # Next answers `RSC: 1` without `_rsc` with a 307 that carries no Vary: never cache that.
  if (req.http.RSC && req.url !~ "[?&]_rsc=") {
    return (pass);
  }
  # The public pages read no cookie: without them every visitor shares one copy.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  if (req.http.host) {
    hash_data(req.http.host);
  }
  # Each RSC variant (a page's payload, a prefetch, a segment) is its own object.
  if (req.http.RSC) {
    hash_data("rsc");
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
    hash_data(req.http.Next-Router-State-Tree);
  }
  return (lookup);
}

sub vcl_backend_response {
  # Kept stale for a day: served while every web replica is down (the probe marks them sick).
  set beresp.grace = 24h;
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)" || !beresp.http.Cache-Control) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    return (deliver);
  }
  if (bereq.http.RSC && (beresp.status == 307 || beresp.status == 308)) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  # The web names what each page shows as Surrogate-Key (Fastly) and Cache-Tag (Cloudflare);
  # xkey reads its own header.
  if (!beresp.http.xkey && beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  return (deliver);
}

sub vcl_deliver {
  # The replicas failed to answer: once more, willing to serve a stale copy.
  if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
    set req.http.x-stale-if-error = "1";
    return (restart);
  }
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Tags are for caches, not for browsers.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Cache-Tag;
}
