# The two commands of the README, plus helpers. Everything installs what it needs first.
#   make run    build (Release) and start windlass-apiserver with its data in ./.windlass
#   make test   build everything with ASan+UBSan, run every test, then a short fuzz run

# ccache (when installed) shares results between clones of the repository: paths are
# hashed relative to the checkout, and the working directory is left out of the hash.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
.PHONY: run test deps bench fuzz tsan clean

deps:
	scripts/install-deps

# The API server with its data (objects, certificates, admin kubeconfig) in ./.windlass,
# resumed when it exists; it prints how to point kubectl at it. Ctrl-C stops it.
PORT ?= 6443
run: deps
	cmake --preset release >/dev/null
	cmake --build --preset release --target windlass windlass-apiserver
	build/release/sdk/apiserver/windlass-apiserver --data-dir .windlass --port $(PORT)

test: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan
	ctest --preset asan -j2
	scripts/fuzz

bench: deps
	cmake --preset release >/dev/null
	cmake --build --preset release --target core_bench apiserver_bench client_bench olm_bench
	build/release/benchmarks/core_bench
	build/release/benchmarks/apiserver_bench
	build/release/benchmarks/client_bench
	build/release/benchmarks/olm_bench

fuzz: deps
	scripts/fuzz --time 120

tsan: deps
	cmake --preset tsan >/dev/null
	cmake --build --preset tsan
	ctest --preset tsan -j2

clean:
	rm -rf build
