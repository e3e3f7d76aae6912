// js-sha256 ships only as a UMD script. Run as a module it defines window.sha256 (no CommonJS or AMD here),
// which keycloak-js imports as the package's default export.
import 'js-sha256/umd';

export default window.sha256;
