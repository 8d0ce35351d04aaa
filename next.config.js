// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon and the Prisma clients load WebAssembly: keep them out of
  // the server bundle and require them at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Article uploads go through a server action; the app's own limit (2 MB) is checked there.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // The learner's spaced practice was at /review until "review" came to mean only the teacher's
  // checking of drafts (decision 029): old links and bookmarks still land, with their query.
  // Browsers and tools still ask for /favicon.ico whatever the page declares: it is the app's
  // icon (app/icon.svg), not a 404.
  async redirects() {
    return [
      { source: "/review", destination: "/practice", permanent: true },
      { source: "/favicon.ico", destination: "/icon.svg", permanent: true },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The Content-Security-Policy is set per request in proxy.ts: it carries a fresh nonce.
        ],
      },
    ];
  },
};

export default nextConfig;
