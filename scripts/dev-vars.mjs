// Makes .dev.vars on first start: the committed example plus a signing key generated here,
// so no secret is ever committed and a fresh clone needs no manual step.
import { generateKeyPairSync } from "node:crypto";
import { appendFileSync, copyFileSync, existsSync, readFileSync } from "node:fs";

export function ensureDevVars(root) {
  const devVars = new URL(".dev.vars", root);
  if (!existsSync(devVars)) copyFileSync(new URL(".dev.vars.example", root), devVars);
  const text = readFileSync(devVars, "utf8");
  if (!/^CHECKPOINT_SIGNING_KEY=/m.test(text)) {
    const { privateKey } = generateKeyPairSync("ed25519");
    const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    appendFileSync(devVars, `${text.endsWith("\n") ? "" : "\n"}CHECKPOINT_SIGNING_KEY=${pkcs8}\n`);
  }
  return readDevVars(devVars);
}

/** The KEY=value lines of a .dev.vars file. */
export function readDevVars(file) {
  const vars = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) vars[match[1]] = match[2];
  }
  return vars;
}
