// The explicit registry of rules, sorted by code. A rule is one file; add it here to enable it.
import type { Rule } from '../src/rule-api.js';
import CHM001 from './CHM001-parse-error.js';
import CHM002 from './CHM002-unused-suppression.js';
import CHM003 from './CHM003-linter-failed.js';
import CHM101 from './CHM101-final-user-not-platform-user.js';
import CHM102 from './CHM102-platform-user-not-created.js';
import CHM103 from './CHM103-user-has-sudo.js';
import CHM104 from './CHM104-sudo-installed.js';
import CHM110 from './CHM110-pip-cache-kept.js';
import CHM111 from './CHM111-apt-recommends-installed.js';
import CHM112 from './CHM112-apt-lists-kept.js';
import CHM120 from './CHM120-label-name-missing.js';
import CHM121 from './CHM121-label-version-missing.js';
import CHM122 from './CHM122-label-name-invalid.js';
import CHM123 from './CHM123-label-version-invalid.js';
import CHM130 from './CHM130-volume-dirs-missing.js';
import CHM131 from './CHM131-volume-dirs-root-owned.js';
import CHM132 from './CHM132-root-step-after-user-switch.js';
import CHM133 from './CHM133-copy-after-user-not-owned.js';
import CHM140 from './CHM140-entrypoint-shell-form.js';
import CHM141 from './CHM141-batch-entrypoint-missing.js';
import CHM142 from './CHM142-workdir-not-home.js';
import CHM150 from './CHM150-base-image-unpinned.js';
import CHM201 from './CHM201-readme-missing.js';
import CHM202 from './CHM202-readme-description-missing.js';
import CHM203 from './CHM203-readme-usage-missing.js';
import CHM204 from './CHM204-readme-license-missing.js';
import CHM205 from './CHM205-usage-no-jobman-example.js';
import CHM206 from './CHM206-usage-input-not-in-datasets.js';
import CHM207 from './CHM207-usage-output-not-persistent.js';
import CHM208 from './CHM208-usage-image-name-mismatch.js';
import CHM209 from './CHM209-license-section-no-link.js';
import CHM301 from './CHM301-authorization-label-missing.js';
import CHM302 from './CHM302-authorization-label-wording.js';
import CHM303 from './CHM303-license-file-missing.js';
import CHM304 from './CHM304-license-unidentified.js';
import CHM305 from './CHM305-license-readme-mismatch.js';
import CHM401 from './CHM401-runtime-download.js';
import CHM402 from './CHM402-context-file-missing.js';
import CHM403 from './CHM403-default-password-not-rotated.js';
import CHM404 from './CHM404-password-without-ssh.js';
import CHM405 from './CHM405-desktop-requirements-missing.js';
import CHM406 from './CHM406-version-not-bumped.js';
import CHM407 from './CHM407-repo-name-convention.js';
import CHM408 from './CHM408-output-into-datasets.js';
import CHM409 from './CHM409-output-not-persistent.js';

export const RULES: Rule[] = [
  CHM001,
  CHM002,
  CHM003,
  CHM101,
  CHM102,
  CHM103,
  CHM104,
  CHM110,
  CHM111,
  CHM112,
  CHM120,
  CHM121,
  CHM122,
  CHM123,
  CHM130,
  CHM131,
  CHM132,
  CHM133,
  CHM140,
  CHM141,
  CHM142,
  CHM150,
  CHM201,
  CHM202,
  CHM203,
  CHM204,
  CHM205,
  CHM206,
  CHM207,
  CHM208,
  CHM209,
  CHM301,
  CHM302,
  CHM303,
  CHM304,
  CHM305,
  CHM401,
  CHM402,
  CHM403,
  CHM404,
  CHM405,
  CHM406,
  CHM407,
  CHM408,
  CHM409,
].sort((a, b) => (a.meta.code < b.meta.code ? -1 : 1));
