# The portal as one image (issue 14's deployment reference; no test depends on Docker).
# Build: docker build -t board-governance-portal .   Run: see deploy/compose.yaml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source on install.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY prisma ./prisma
# `npm ci` rejects this lock file (the registry lacks next's and tailwind's other-platform builds): install.
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# The build needs a valid environment; the real secret and URLs come at run time.
RUN NEXTAUTH_SECRET=build-only-placeholder-not-used-at-runtime-0000 DATABASE_URL=file:./tmp/build.db npm run build \
  && rm -rf tmp

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# pg_dump for `cli backup` on PostgreSQL.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
# The CLI (migrate, backup, user add) runs from the sources with tsx, so the whole tree comes along.
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data/uploads && chown node:node /data/uploads
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npx", "next", "start", "-p", "3000"]
