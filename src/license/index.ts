// License detection and classification: the module's public face for rules, ProjectFacts and the
// benchmark. Nothing here loads the SPDX data until a function is called.
export { detectLicense, ACCEPT_SCORE, type LicenseDetection, type LicenseMatch } from './detect.js';
export { classifyDetection, classifyLicenseId, type LicenseClassification, type LicenseKind } from './classify.js';
export { findLicenseMentions, mentionMatches, isLicenseFileLink, type LicenseMention } from './notice.js';
export { repositoryLicense, describeDetection, percent, type LicenseInfo, type RepositoryLicense } from './project.js';
