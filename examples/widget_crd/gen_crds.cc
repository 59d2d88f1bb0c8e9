// The Widget operator's CRD generator: `gen_crds --output-dir crds [--check]`.
#include "widget.h"

#include <windlass/api/crd.h>

int main(int argc, char** argv) {
  return windlass::api::crd_generate_main(argc, argv, {windlass::api::crd_for<example::Widget>()});
}
