// apiserver/controllers/deletion_controller.h — finishes what DELETE starts.
//
// kube-apiserver only marks objects for deletion; kube-controller-manager's garbage collector
// and namespace controller, and the kubelet, finish the job. Our server runs the same work in
// process, from one watch on the whole store, so that deletion behaves as on a cluster:
//   - ownerReferences garbage collection: dependents whose owners are all gone are deleted
//     (Background); an owner with the `foregroundDeletion` finalizer has its dependents deleted
//     first and disappears once none with `blockOwnerDeletion: true` is left; an owner with the
//     `orphan` finalizer has its ownerReference removed from every dependent, then goes;
//   - namespace termination: a namespace being deleted has its content deleted (finalizers
//     respected), then its `kubernetes` finalizer removed, then it is removed;
//   - graceful pod deletion: a pod whose grace period has run out is removed (a node agent that
//     stops the pod's processes earlier may delete it with grace 0 first);
//   - and, while it watches namespaces anyway, every active namespace gets (back) its
//     `default` ServiceAccount, as the service account controller does upstream.
// Like the upstream controllers it is asynchronous: it reacts to watch events on its own thread.
#pragma once

#include "registry/catalog.h"
#include "storage/storage.h"

#include <windlass/core/time.h>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace windlass::apiserver {

struct DeletionControllerOptions {
  // The served resources (the handler's current catalog, which changes with CRDs).
  std::function<std::shared_ptr<const Catalog>()> catalog;
  std::function<TimePoint()> now = [] {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  };
};

class DeletionController {
 public:
  DeletionController(Storage& storage, DeletionControllerOptions options);
  ~DeletionController();
  DeletionController(const DeletionController&) = delete;
  DeletionController& operator=(const DeletionController&) = delete;

  void start();
  void stop();

  // Processes every event committed so far, and the work it causes, on the caller's thread
  // (for tests that do not start() the controller; returns once nothing is left to do).
  void run_until_idle();

 private:
  struct Node {
    std::string key;
    std::vector<std::string> owners;  // owner uids
  };
  void loop();
  bool resync();
  void observe(const Event& e);
  void process(const std::string& key);
  void collect_dependent(const std::string& key, const Json& obj);
  void finish_foreground(const std::string& key, const Json& owner);
  void finish_orphan(const std::string& key, const Json& owner);
  void terminate_namespace(const std::string& key, const Json& ns);
  void finish_pod(const std::string& key, const Json& pod);
  void ensure_default_service_account(const Json& ns);
  const ResourceType* type_of(const std::string& key);
  void remove_finalizer(const std::string& key, const std::string& uid, const std::string& finalizer);

  Storage& storage_;
  DeletionControllerOptions options_;
  std::shared_ptr<WatchQueue> queue_;
  // The ownership graph, from the watch.
  std::map<std::string, Node> nodes_;                         // uid → node
  std::map<std::string, std::set<std::string>> dependents_;   // owner uid → dependent uids
  std::set<std::string> dirty_;                               // keys to process
  std::multimap<TimePoint, std::string> timers_;              // graceful pods due
  std::shared_ptr<const Catalog> types_catalog_;
  std::map<std::string, const ResourceType*> types_;          // key prefix → type

  std::mutex mu_;
  std::condition_variable cv_;
  bool wake_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace windlass::apiserver
