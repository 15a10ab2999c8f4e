resource "aws_instance" "web" {
        ami = "ami-123"
instance_type = "t3.micro"
   ebs_block_device {
 device_name = "/dev/sdh"
            volume_size = 10
      }
}
