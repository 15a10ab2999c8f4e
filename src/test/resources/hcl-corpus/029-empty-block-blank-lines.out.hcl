terraform {


}
