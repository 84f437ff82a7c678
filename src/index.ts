// The Worker: the HTTP API and the Durable Object classes it is built from.
import { createApp } from "./http/app";

export { DossierObject } from "./store/dossier-object";
export { HubObject } from "./store/hub-object";
export { WebhookObject } from "./store/webhook-object";

export default createApp();
