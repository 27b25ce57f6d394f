// `--self-test`: checks that an installation can work (resources, translations, TLS, the keychain
// backend) and says what is missing. Exit code 0 when all is well.
#pragma once

namespace clm::ui {

int runSelfTest();

} // namespace clm::ui
