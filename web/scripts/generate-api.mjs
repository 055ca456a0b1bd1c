// The typed clients: one TypeScript module per service, generated from the OpenAPI document the
// service serves (committed in openapi/, checked against the service by its OpenApiDocumentTest).
// A changed API changes these types, and a call the change breaks fails `tsc`.
import openapiTS, { astToString } from 'openapi-typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const services = ['plans', 'referrals', 'offers', 'analytics'];
await mkdir(new URL('../src/api/generated/', import.meta.url), { recursive: true });
for (const service of services) {
  const document = JSON.parse(await readFile(new URL(`../openapi/${service}.json`, import.meta.url), 'utf8'));
  const ast = await openapiTS(document);
  await writeFile(new URL(`../src/api/generated/${service}.ts`, import.meta.url),
    `// Generated from openapi/${service}.json by scripts/generate-api.mjs: do not edit.\n${astToString(ast)}`);
}
console.log(`typed clients generated for ${services.join(', ')}`);
