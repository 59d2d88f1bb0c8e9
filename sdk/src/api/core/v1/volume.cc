#include <windlass/api/core/v1/volume.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Volume, d) {
  d.doc("A named volume of a pod and where its data comes from; set exactly one source.");
  d.field("name", &Volume::name)
      .doc("The volume's DNS label name, unique within the pod.").required().proto(1);
  d.field("hostPath", &Volume::host_path).doc("A file or directory of the node.").proto_embedded(2, 1);
  d.field("emptyDir", &Volume::empty_dir).doc("A scratch directory that lives as long as the pod.").proto_embedded(2, 2);
  d.field("gcePersistentDisk", &Volume::gce_persistent_disk)
      .doc("A GCE persistent disk (deprecated; untyped here).").proto_embedded(2, 3);
  d.field("awsElasticBlockStore", &Volume::aws_elastic_block_store)
      .doc("An AWS EBS volume (deprecated; untyped here).").proto_embedded(2, 4);
  d.field("gitRepo", &Volume::git_repo).doc("A git checkout (deprecated; untyped here).").proto_embedded(2, 5);
  d.field("secret", &Volume::secret).doc("The keys of a Secret as files.").proto_embedded(2, 6);
  d.field("nfs", &Volume::nfs).doc("An NFS export (untyped here).").proto_embedded(2, 7);
  d.field("iscsi", &Volume::iscsi).doc("An iSCSI disk (untyped here).").proto_embedded(2, 8);
  d.field("glusterfs", &Volume::glusterfs)
      .doc("A GlusterFS volume (removed in 1.26; untyped here).").proto_embedded(2, 9);
  d.field("persistentVolumeClaim", &Volume::persistent_volume_claim)
      .doc("The volume bound to a PersistentVolumeClaim in the pod's namespace.").proto_embedded(2, 10);
  d.field("rbd", &Volume::rbd).doc("A Ceph RBD image (deprecated; untyped here).").proto_embedded(2, 11);
  d.field("flexVolume", &Volume::flex_volume)
      .doc("A FlexVolume driver volume (deprecated; untyped here).").proto_embedded(2, 12);
  d.field("cinder", &Volume::cinder).doc("An OpenStack Cinder volume (deprecated; untyped here).").proto_embedded(2, 13);
  d.field("cephfs", &Volume::cephfs).doc("A CephFS mount (deprecated; untyped here).").proto_embedded(2, 14);
  d.field("flocker", &Volume::flocker).doc("A Flocker dataset (deprecated; untyped here).").proto_embedded(2, 15);
  d.field("downwardAPI", &Volume::downward_api).doc("Pod fields and container resources as files.").proto_embedded(2, 16);
  d.field("fc", &Volume::fc).doc("A Fibre Channel disk (untyped here).").proto_embedded(2, 17);
  d.field("azureFile", &Volume::azure_file).doc("An Azure File share (deprecated; untyped here).").proto_embedded(2, 18);
  d.field("configMap", &Volume::config_map).doc("The keys of a ConfigMap as files.").proto_embedded(2, 19);
  d.field("vsphereVolume", &Volume::vsphere_volume)
      .doc("A vSphere volume (deprecated; untyped here).").proto_embedded(2, 20);
  d.field("quobyte", &Volume::quobyte).doc("A Quobyte volume (deprecated; untyped here).").proto_embedded(2, 21);
  d.field("azureDisk", &Volume::azure_disk).doc("An Azure data disk (deprecated; untyped here).").proto_embedded(2, 22);
  d.field("photonPersistentDisk", &Volume::photon_persistent_disk)
      .doc("A Photon Controller disk (deprecated; untyped here).").proto_embedded(2, 23);
  d.field("projected", &Volume::projected)
      .doc("Several Secrets, ConfigMaps, downward API items and tokens in one directory.").proto_embedded(2, 26);
  d.field("portworxVolume", &Volume::portworx_volume)
      .doc("A Portworx volume (deprecated; untyped here).").proto_embedded(2, 24);
  d.field("scaleIO", &Volume::scale_io).doc("A ScaleIO volume (deprecated; untyped here).").proto_embedded(2, 25);
  d.field("storageos", &Volume::storageos).doc("A StorageOS volume (deprecated; untyped here).").proto_embedded(2, 27);
  d.field("csi", &Volume::csi).doc("An ephemeral volume of a CSI driver (untyped here).").proto_embedded(2, 28);
  d.field("ephemeral", &Volume::ephemeral)
      .doc("A PersistentVolumeClaim created for and deleted with the pod (untyped here).").proto_embedded(2, 29);
  d.field("image", &Volume::image)
      .doc("An OCI image or artifact mounted read-only (untyped here).").proto_embedded(2, 30);
}

}  // namespace windlass::api::core::v1
